// The line that opens the dashboard: a greeting for the time of day and today's date in full,
// the date a delegate counts the days to the next meeting from.
const today = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

export function greeting(now: Date = new Date()): string {
  const hour = now.getHours();
  const hello = hour < 5 ? 'Good evening' : hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
  return `${hello}. Today is ${today.format(now)}.`;
}
