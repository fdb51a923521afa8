// CASE (Competencies and Academic Standards Exchange) frameworks: the JSON CFPackage and
// OpenSALT's CSV item export, read into one FrameworkImport.
export { parseCasePackage } from './case/json';
export { parseOpenSaltCsv } from './case/openSaltCsv';
export { CASE_MAX_ITEMS, type FrameworkImport, type FrameworkImportSkill } from './case/types';
