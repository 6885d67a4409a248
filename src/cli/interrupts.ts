/** The signals that interrupt this program: Ctrl-C, and what `npm run`, a supervisor or `kill` send. */
export const INTERRUPT_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Calls `handler` on the first SIGINT or SIGTERM until cancelled; later signals are ignored, since Ctrl-C at a
 * terminal reaches this process twice (from the terminal, and forwarded by npm). Returns the cancel function.
 */
export function onFirstInterrupt(handler: (signal: NodeJS.Signals) => void): () => void {
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    handler(signal);
  };
  for (const signal of INTERRUPT_SIGNALS) process.on(signal, onSignal);
  return () => {
    for (const signal of INTERRUPT_SIGNALS) process.off(signal, onSignal);
  };
}
