export * from './placement';
export * from './profile';
export * from './relevel';
export * from './templates';
