import { requireCustomer } from "@/features/sign-in/routes";

// Only in the benchmark build (next.config.ts, BENCH_BUILD=1): Min side's layout, session check and
// headers around nothing, what every Min side page costs at least (npm run bench:pages).
export default async function EmptyMinSidePage() {
  await requireCustomer("/min-side/tom");
  return <p data-bench="tom-min-side">tom</p>;
}
