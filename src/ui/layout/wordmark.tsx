import Link from "next/link";

export function Wordmark() {
  return (
    <Link href="/" className="inline-flex shrink-0 items-center gap-2 rounded-md text-brand-900 no-underline">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8 text-brand-700">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <path d="M18.5 5 9 18.2h6.2L13.4 27 23 13.6h-6.1z" fill="#fff" />
      </svg>
      <span className="text-xl font-bold tracking-tight">
        Klarkraft<span className="sr-only"> – til forsiden</span>
      </span>
    </Link>
  );
}
