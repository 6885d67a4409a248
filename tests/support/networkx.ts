import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** What to install when NetworkX is missing: Debian's package, the line CI's `.ci/run` needs too. */
export const NETWORKX_INSTALL = 'apt-get install -y python3-networkx';

/**
 * Runs `script` with python3 (NetworkX imported as `nx`, `json` and `csv` too) and `args` as `sys.argv[1:]`, and
 * parses the one JSON line it prints. Fails, never skips, with what to install when python3 or NetworkX is missing:
 * the exports are proven by the tools that read them.
 */
export async function runNetworkx<T>(script: string, args: readonly string[], timeoutMs = 60_000): Promise<T> {
  const program = `import sys, json, csv\ntry:\n  import networkx as nx\nexcept ImportError:\n  print("NO_NETWORKX"); sys.exit(3)\n${script}`;
  try {
    const { stdout } = await promisify(execFile)('python3', ['-c', program, ...args], {
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT' || failure.stdout?.includes('NO_NETWORKX')) {
      throw new Error(
        `The export tests read the files with NetworkX, and python3 with NetworkX is not available here ` +
          `(${failure.code === 'ENOENT' ? 'no python3' : 'no networkx module'}). Install it: ${NETWORKX_INSTALL}`,
      );
    }
    throw new Error(`NetworkX failed to read the export: ${failure.stderr ?? failure.message}`);
  }
}
