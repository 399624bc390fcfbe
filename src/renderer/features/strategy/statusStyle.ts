import type { StrategyStatus } from '../../../shared/documents/strategy';

/**
 * How each status is drawn. Dark, saturated fills that survive a washed-out projector (each at
 * least 3:1 against white), and a second cue besides colour: «not started» is hollow,
 * «cancelled» pale and dashed. The legend and tables always name the status too.
 */
export interface BarStyle {
  fill: string;
  stroke: string;
  dash?: string;
}

export const statusStyle: Record<StrategyStatus, BarStyle> = {
  'not-started': { fill: '#ffffff', stroke: '#4b5260' },
  'in-progress': { fill: '#1747c5', stroke: '#1747c5' },
  'at-risk': { fill: '#b3261e', stroke: '#b3261e' },
  done: { fill: '#2d6a3e', stroke: '#2d6a3e' },
  cancelled: { fill: '#e4e2dc', stroke: '#6b7280', dash: '4 3' },
};

/** The objective's span: a thin near-black bar above its initiatives. */
export const objectiveStyle: BarStyle = { fill: '#1a1f2b', stroke: '#1a1f2b' };
export const milestoneColour = '#8a5a00';
export const todayColour = '#b3261e';
