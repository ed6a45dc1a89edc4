export { ConsentCheckbox } from "./consent-checkbox";
export { RadioCard } from "./radio-card";
export { ResumeForm } from "./resume-form";
export { Notice, StepCard, unavailableText } from "./step-card";
