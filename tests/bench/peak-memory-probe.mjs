/**
 * Preloaded into a build (`node --import`, through NODE_OPTIONS) to learn its
 * peak memory without depending on GNU time: at exit the process writes its
 * own peak resident set (process.resourceUsage().maxRSS, in KiB) to the file
 * named by BENCH_PEAK_MEMORY_FILE. Worker threads share the process's memory,
 * so the main thread alone reports it.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_PEAK_MEMORY_FILE;
if (file && isMainThread) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
