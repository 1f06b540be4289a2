import { AnnualReportPage } from './AnnualReportPage.tsx';
import { AssessmentPage } from './AssessmentPage.tsx';
import { FigureRecordsPage } from './FigureRecordsPage.tsx';
import { FiguresPage } from './FiguresPage.tsx';
import { ANNUAL_REPORT_PATH, ASSESSMENT_PATH, FIGURE_RECORDS_PATH, FIGURES_PATH } from './report-paths.ts';

export const reportsRoutes = [
  { path: ANNUAL_REPORT_PATH, element: <AnnualReportPage /> },
  { path: FIGURES_PATH, element: <FiguresPage /> },
  { path: FIGURE_RECORDS_PATH, element: <FigureRecordsPage /> },
  { path: ASSESSMENT_PATH, element: <AssessmentPage /> },
];
