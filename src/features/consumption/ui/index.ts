export type { ChartBucket } from "./usage-chart";
export { UsageChart } from "./usage-chart";
