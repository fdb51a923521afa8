// Types of launcher.mjs, for the tests that call it (the script itself runs in plain Node).
import type { ChildProcess, spawn, spawnSync } from 'node:child_process';

export declare const DEFAULT_PORT: number;
export declare function installedElectron(electronDir: string): string | null;
export declare function fetchElectron(
  electronDir: string,
  options?: { env?: NodeJS.ProcessEnv; run?: (...args: Parameters<typeof spawnSync>) => { status: number | null } },
): boolean;
export declare function noDesktopLine(): string;
export declare function fileFor(root: string, urlPath: string): string | null;
export declare function serveBuild(
  root: string,
  options?: { port?: number; host?: string },
): Promise<{ url: string; close(): Promise<void> }>;
export declare function browserCommand(
  url: string,
  options?: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv },
): { command: string; args: string[] } | null;
export declare function openInBrowser(
  url: string,
  options?: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; run?: (...args: Parameters<typeof spawn>) => ChildProcess },
): Promise<boolean>;
export declare function launch(options: {
  root: string;
  env?: NodeJS.ProcessEnv;
  say?: (line: string) => void;
  port?: number;
}): Promise<{ desktop?: Promise<number>; server?: { url: string; close(): Promise<void> }; exitCode?: number }>;
