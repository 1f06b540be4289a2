import type { z } from 'zod';
import { type Recommendation, recommendation } from '../../../src/contracts/annual-report.ts';
import {
  assessmentHistory,
  assessmentState,
  judgementView,
  type RecommendationPatch,
  recommendationList,
  type recommendationRequest,
  tierView,
} from '../../../src/modules/report/report-contract.ts';
import { requestJson } from './client.ts';

export type AssessmentState = z.infer<typeof assessmentState>;
export type AssessmentHistory = z.infer<typeof assessmentHistory>;
export type RecommendationRequest = z.infer<typeof recommendationRequest>;
export type { Recommendation, RecommendationPatch };

export const fetchAssessment = (year: number) =>
  requestJson({ path: `/api/v1/assessments/${year}` }, assessmentState);

export const fetchAssessmentHistory = (year: number) =>
  requestJson({ path: `/api/v1/assessments/${year}/history` }, assessmentHistory);

/** The first judgement goes without a version; a change names the version it was based on. */
export const judgeCriterion = (
  year: number,
  criterion: string,
  body: { rating: string; note: string },
  version: number | null,
) =>
  requestJson(
    {
      method: 'PUT',
      path: `/api/v1/assessments/${year}/criteria/${criterion}`,
      body,
      ...(version !== null && { ifMatch: version }),
    },
    judgementView,
  );

export const recordTier = (year: number, body: { tier: string; waived: boolean }, version: number | null) =>
  requestJson(
    {
      method: 'PUT',
      path: `/api/v1/assessments/${year}/tier`,
      body,
      ...(version !== null && { ifMatch: version }),
    },
    tierView,
  );

export const fetchRecommendations = () =>
  requestJson({ path: '/api/v1/recommendations' }, recommendationList).then((list) => list.items);

export const createRecommendation = (body: RecommendationRequest) =>
  requestJson({ method: 'POST', path: '/api/v1/recommendations', body }, recommendation);

export const updateRecommendation = (id: string, patch: RecommendationPatch, version: number) =>
  requestJson(
    { method: 'PATCH', path: `/api/v1/recommendations/${id}`, body: patch, ifMatch: version },
    recommendation,
  );
