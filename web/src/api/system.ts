import type { z } from 'zod';
import { type About, about, health, readiness } from '../../../src/contracts/system.ts';
import { requestJson } from './client.ts';

type Health = z.infer<typeof health>;
type Readiness = z.infer<typeof readiness>;

export function fetchHealth(): Promise<Health> {
  return requestJson({ path: '/api/health' }, health);
}

export function fetchReadiness(): Promise<Readiness> {
  return requestJson({ path: '/api/ready' }, readiness);
}

export function fetchAbout(): Promise<About> {
  return requestJson({ path: '/api/v1/about' }, about);
}
