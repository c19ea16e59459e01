export async function loadDemoActivities(): Promise<number> {
  return 0
}
