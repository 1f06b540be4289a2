import { describe, expect, it } from 'vitest';
import { sharedBuffersFor, usableMemory } from './memory-settings.ts';

const GB = 1024 ** 3;

describe('sharedBuffersFor', () => {
  it.each([
    { memory: 0, buffers: '128MB' },
    { memory: 256 * 1024 ** 2, buffers: '128MB' },
    { memory: 0.5 * GB, buffers: '128MB' },
    { memory: 1 * GB, buffers: '256MB' },
    { memory: 24 * GB, buffers: '6144MB' },
    { memory: 32 * GB, buffers: '8192MB' },
    { memory: 512 * GB, buffers: '8192MB' },
    { memory: 3 * GB + 7, buffers: '768MB' },
  ])('gives $buffers for $memory bytes', ({ memory, buffers }) => {
    expect(sharedBuffersFor(memory)).toBe(buffers);
  });
});

describe('usableMemory', () => {
  it('is positive and no more than the machine has', async () => {
    const os = await import('node:os');
    expect(usableMemory()).toBeGreaterThan(0);
    expect(usableMemory()).toBeLessThanOrEqual(os.totalmem());
  });
});
