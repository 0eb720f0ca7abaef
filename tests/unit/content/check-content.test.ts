import { afterEach, describe, expect, it, vi } from 'vitest';
import { quietly } from '@/lib/content/check-content';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('quietly', () => {
  it('keeps back what a failing render logs, and rejects with its error', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = quietly(() => {
      console.error('a dump of the whole error');
      return Promise.reject(new Error('content/rounds/x.md:3:1: The section "x" is empty.'));
    });
    await expect(failing).rejects.toThrow('The section "x" is empty.');
    expect(printed).not.toHaveBeenCalled();
  });

  it('passes on what a render that succeeds logs, and its result', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = quietly(() => {
      console.error('news');
      return Promise.resolve('<p>Text.</p>');
    });
    await expect(result).resolves.toBe('<p>Text.</p>');
    expect(printed).toHaveBeenCalledWith('news');
  });
});
