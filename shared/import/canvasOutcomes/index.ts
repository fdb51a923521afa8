export * from './preview';
export { readCanvasMethod } from './methods';
export { readRatings, scaleFromRatings, sameScale, type CanvasRating } from './ratings';
export { cutScoresForScale, commonScale } from './classScale';
