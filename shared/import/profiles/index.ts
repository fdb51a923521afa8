export * from './profile';
export * from './templates';
