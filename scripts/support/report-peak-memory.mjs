// Loaded with `node --import` by the benchmark: writes this process's peak resident set
// (kilobytes) to BENCH_PEAK_FILE when it exits, since Node cannot read a child's.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_PEAK_FILE) writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
