import type { Bridge } from '../../shared';
import { browserBridge } from './browserBridge';

declare global {
  interface Window {
    /** set by the desktop preload; absent in a plain browser */
    blendwise?: Bridge;
  }
}

export const bridge: Bridge = window.blendwise ?? browserBridge;
export const isDesktop = !!window.blendwise;
