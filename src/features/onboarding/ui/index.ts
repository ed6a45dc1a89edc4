export { ResumeForm } from "./resume-form";
