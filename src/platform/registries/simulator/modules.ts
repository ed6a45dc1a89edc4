import "server-only";
// The APIs the simulator server mounts: one module each, under /<module name>. Add a module here.
import { bankSimulator } from "@/platform/bank/simulator";
import { pushServiceSimulator } from "@/platform/push/simulator/push-service";
import { elhubSimulator } from "../elhub/simulator";
import { experianSimulator } from "../experian/simulator";
import { folkeregisterSimulator } from "../folkeregister/simulator";
import { spotPriceSimulator } from "../spot-prices/simulator";
import type { SimulatorModule } from "./server";

export const SIMULATOR_MODULES: readonly SimulatorModule[] = [
  folkeregisterSimulator,
  elhubSimulator,
  experianSimulator,
  spotPriceSimulator,
  bankSimulator,
  pushServiceSimulator,
];
