// Every other page: the network only, never a cache. Without a network the offline page answers.

export async function handleOtherNavigation(
  request: Request,
  offlinePage: () => Promise<Response>,
): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    return offlinePage();
  }
}
