import { describe, expect, it } from "vitest";
import { FaultQueue } from "@/platform/registries/simulator/faults";

describe("the simulator's fault queue", () => {
  it("a fault aimed with `when` meets only requests that mention it, and stays for them", () => {
    const faults = new FaultQueue();
    faults.add("folkeregister", "500", 2, "28829014019");
    expect(faults.take("folkeregister", "/personer/21886615091")).toBeUndefined();
    expect(faults.take("folkeregister", "/personer/28829014019")).toBe("500");
    expect(faults.take("folkeregister", '{"nationalId":"28829014019"}')).toBe("500");
    expect(faults.take("folkeregister", "/personer/28829014019")).toBeUndefined();
  });

  it("a fault without `when` meets the next request, after an aimed one that request skipped", () => {
    const faults = new FaultQueue();
    faults.add("elhub", "500", 1, "Sjøgata");
    faults.add("elhub", "slow", 1);
    expect(faults.take("elhub", "Munkegata 3")).toBe("slow");
    expect(faults.take("elhub", "Munkegata 3")).toBeUndefined();
    expect(faults.take("elhub", "Sjøgata 12")).toBe("500");
  });
});
