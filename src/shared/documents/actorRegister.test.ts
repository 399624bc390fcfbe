import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ActorFields } from '../domain/actor';
import { insertActor, insertRelationship, readActorRegister, removeActor, updateActor } from './actorRegister';

const now = '2026-11-27T10:00:00.000Z';
const ids = { a: '00000000-0000-4000-8000-00000000000a', b: '00000000-0000-4000-8000-00000000000b', r: '00000000-0000-4000-8000-0000000000ff' };

function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe('actor register document', () => {
  it('keeps both people’s edits to different fields of one actor', () => {
    const left = new Y.Doc();
    insertActor(left, ids.a, ActorFields.parse({ name: 'Gobernación' }), now);
    const right = new Y.Doc();
    sync(left, right);
    updateActor(left, ids.a, { power: 5 }, now);
    updateActor(right, ids.a, { attitude: 'opponent' }, now);
    sync(left, right);
    sync(right, left);
    expect(readActorRegister(left)).toEqual(readActorRegister(right));
    expect(readActorRegister(left).actors[0]).toMatchObject({ power: 5, attitude: 'opponent' });
  });

  it('removes an actor’s relationships with it and hides one drawn concurrently', () => {
    const left = new Y.Doc();
    insertActor(left, ids.a, ActorFields.parse({ name: 'Gobernación' }), now);
    insertActor(left, ids.b, ActorFields.parse({ name: 'Universidad' }), '2026-11-27T10:01:00.000Z');
    const right = new Y.Doc();
    sync(left, right);
    expect(insertRelationship(right, ids.r, { from: ids.a, to: ids.b, type: 'funding', strength: 3 }, now)).toBe(true);
    removeActor(left, ids.b, now);
    sync(left, right);
    sync(right, left);
    for (const doc of [left, right]) {
      const register = readActorRegister(doc);
      expect(register.actors.map((actor) => actor.name)).toEqual(['Gobernación']);
      expect(register.relationships).toEqual([]);
    }
  });

  it('refuses a relationship to an unknown actor and reads foreign values defensively', () => {
    const doc = new Y.Doc();
    insertActor(doc, ids.a, ActorFields.parse({ name: 'Gobernación' }), now);
    expect(insertRelationship(doc, ids.r, { from: ids.a, to: ids.b, type: 'conflict', strength: 1 }, now)).toBe(false);
    doc.getMap<Y.Map<unknown>>('actors').get(ids.a)?.set('power', 42);
    doc.getMap<Y.Map<unknown>>('actors').get(ids.a)?.set('type', 'martian');
    expect(readActorRegister(doc).actors[0]).toMatchObject({ power: 5, type: 'public' });
  });
});
