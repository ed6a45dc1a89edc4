/** What a guard threw: Next's redirect and notFound signal through an error's digest. */
export async function thrownBy(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { digest?: string }).digest);
  }
  throw new Error("expected the guard to throw");
}
