import { requireStaff } from "@/features/sign-in/routes";

// Only in the benchmark build (next.config.ts, BENCH_BUILD=1): the staff layout, session check and
// headers around nothing, what every staff page costs at least (npm run bench:pages).
export default async function EmptyAdminPage() {
  await requireStaff();
  return <p data-bench="tom-admin">tom</p>;
}
