// The class of the results-import-frames figure: the bench page seeds it, and the results file
// (resultsFile.ts) names its students and skills.
export const RESULTS_CLASS = {
  studentNumbers: Array.from({ length: 30 }, (_, i) => `R${String(i + 1).padStart(4, '0')}`),
  skillCodes: Array.from({ length: 12 }, (_, i) => `RS.${i + 1}`),
};
