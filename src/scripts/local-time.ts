// Times are server-rendered in the page's zone; show them in the visitor's zone instead.
const locale = document.documentElement.lang === 'de' ? 'de-DE' : 'en-GB';
const format = new Intl.DateTimeFormat(locale, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});
for (const time of document.querySelectorAll<HTMLTimeElement>('time[datetime*="T"]')) {
  time.textContent = format.format(new Date(time.dateTime));
}
// The footer names the zone the times are now shown in.
const zone = document.querySelector('[data-zone]');
if (zone) zone.textContent = format.resolvedOptions().timeZone;
