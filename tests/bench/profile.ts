// BENCH_PROFILE=1: CPU profiles of the bench page's main thread, for where a figure's time goes.
import type { Page } from '@playwright/test';

/** BENCH_PROFILE=1: a CPU profile of the page (dist/bench-<name>.cpuprofile) and its top self times. */
export async function startProfile(page: Page): Promise<{ stop(name: string): Promise<void> }> {
  const { writeFile } = await import('node:fs/promises');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop(name) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(`dist/bench-${name}.cpuprofile`, JSON.stringify(profile));
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map<number, number>();
      const deltas = profile.timeDeltas ?? [];
      (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
      const byFn = new Map<string, number>();
      for (const [id, us] of self) {
        const f = byId.get(id)!.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        byFn.set(key, (byFn.get(key) ?? 0) + us);
      }
      const top = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40);
      console.log(`\nprofile ${name}: top self time`);
      for (const [k, us] of top) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
      // inclusive: each sample counts once for every function on its stack
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const keyOf = (id: number) => {
        const f = byId.get(id)!.callFrame;
        return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      };
      const incl = new Map<string, number>();
      for (const [id, us] of self) {
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(keyOf(n));
        for (const k of seen) incl.set(k, (incl.get(k) ?? 0) + us);
      }
      console.log(`profile ${name}: top inclusive time`);
      for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
      await cdp.detach();
    },
  };
}
