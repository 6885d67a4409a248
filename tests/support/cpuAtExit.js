// Preloaded with `node --require` by a test: at exit, writes the CPU time this process used (user + system, ms)
// to the file CPU_AT_EXIT_FILE names, so a test can bound the work done apart from how loaded the machine is.
const fs = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  fs.writeFileSync(process.env.CPU_AT_EXIT_FILE, String(Math.round((user + system) / 1000)));
});
