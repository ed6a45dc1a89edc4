// The Forbruk page's link and pill looks, shared by its parts.
export const LINK = "font-medium text-brand-700 underline hover:no-underline";
export const PILL =
  "inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 no-underline hover:bg-slate-50 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";
