import type { Locale } from '../contract/system';
import { journeyLanes, type JourneyLane } from '../documents/journey';
import { journeyLaneText, journeyUnplacedArea, journeyZoneTitle } from './journey-map';

/**
 * How a journey board's zones name their stage. A lane zone's key is `<stage id>-<lane>`: the
 * template wrote `stage-1-actions` … for the stages the panel seeds as `stage-1` …, and a stage
 * added later (a random id) gets `<its id>-actions` …. One rule for both, so boards made before
 * stages could change keep working, and the key alone finds the zone's stage and lane.
 */
export function journeyZoneKey(stageId: string, lane: JourneyLane): string {
  return `${stageId}-${lane}`;
}

export function parseJourneyZoneKey(zoneKey: string): { stageId: string; lane: JourneyLane } | undefined {
  for (const lane of journeyLanes) {
    const suffix = `-${lane}`;
    if (zoneKey.length > suffix.length && zoneKey.endsWith(suffix)) return { stageId: zoneKey.slice(0, -suffix.length), lane };
  }
  return undefined;
}

/**
 * A journey zone's title and guiding question in `locale`, numbered by its stage's current place
 * (`stageIds` in journey order), or undefined for a zone that is not a current stage's lane.
 */
export function journeyZoneText(zoneKey: string, stageIds: readonly string[], locale: Locale): { title: string; prompt: string } | undefined {
  if (zoneKey === journeyUnplacedArea.key) return { title: journeyUnplacedArea.title[locale], prompt: journeyUnplacedArea.prompt[locale] };
  const parsed = parseJourneyZoneKey(zoneKey);
  const index = parsed ? stageIds.indexOf(parsed.stageId) : -1;
  if (!parsed || index < 0) return undefined;
  return { title: journeyZoneTitle(parsed.lane, index + 1)[locale], prompt: journeyLaneText[parsed.lane].prompt[locale] };
}
