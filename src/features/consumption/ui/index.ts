export { BeforeSupplyCost, termsText } from "./before-supply";
export { ConsumptionChart } from "./consumption-chart";
export { ConsumptionDownloads } from "./consumption-downloads";
export { ConsumptionFigures } from "./consumption-figures";
export { CostBreakdown } from "./cost-breakdown";
export { PeriodChoice, PeriodStepper, PointPicker } from "./period-navigation";
export { RatesUsed } from "./rates-used";
