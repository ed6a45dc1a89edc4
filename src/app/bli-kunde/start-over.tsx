import { startOverAction } from "./actions";
import { ButtonForm } from "./button-form";

/** Under a step that stopped: the way back to a fresh application, deleting this one. */
export function StartOver() {
  return (
    <div className="border-t border-slate-200 pt-4">
      <p className="mb-2 text-sm text-slate-700">
        Vil du rette noe du skrev? Da starter du på nytt, og søknaden slettes.
      </p>
      <ButtonForm action={startOverAction} label="Start på nytt" pending="Sletter …" />
    </div>
  );
}
