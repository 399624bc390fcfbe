import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Actor, Relationship } from '../../../shared/domain/actor';
import type { Point } from './gridLayout';

export const network = { width: 640, height: 480, nodeRadius: 22, labelHalfWidth: 90 } as const;

interface Node extends SimulationNodeDatum { id: string }

/**
 * Positions for the relationship network from a force simulation (d3-force), run to rest in
 * one go rather than animated: the register is small and a still picture is easier to read on
 * a projector. d3-force starts nodes on a fixed spiral and uses a seeded random source, so the
 * same register always gets the same picture. Positions are kept inside the drawing.
 */
export function networkLayout(actors: readonly Pick<Actor, 'id'>[], relationships: readonly Pick<Relationship, 'from' | 'to' | 'strength'>[]): Map<string, Point> {
  const nodes: Node[] = actors.map((actor) => ({ id: actor.id }));
  const known = new Set(nodes.map((node) => node.id));
  const links = relationships
    .filter((relationship) => known.has(relationship.from) && known.has(relationship.to))
    .map((relationship) => ({ source: relationship.from, target: relationship.to, strength: relationship.strength }));
  const simulation = forceSimulation(nodes)
    .force('charge', forceManyBody().strength(-700))
    .force('link', forceLink<Node, (typeof links)[number]>(links).id((node) => node.id).distance((link) => 200 - link.strength * 20))
    // Room for the name under each node as well as the node itself.
    .force('collide', forceCollide(network.nodeRadius * 3))
    .force('center', forceCenter(network.width / 2, network.height / 2))
    // A gentle pull to the middle keeps actors without relationships from drifting to a corner.
    .force('x', forceX(network.width / 2).strength(0.06))
    .force('y', forceY(network.height / 2).strength(0.08))
    .stop();
  simulation.tick(300);
  // Room for the node and the name written under it.
  const padX = network.labelHalfWidth;
  const padY = network.nodeRadius + 24;
  const xs = nodes.map((node) => node.x ?? 0);
  const ys = nodes.map((node) => node.y ?? 0);
  // Scale down (never up) so a spread-out layout still fits the drawing.
  const spanX = Math.max(...xs) - Math.min(...xs);
  const spanY = Math.max(...ys) - Math.min(...ys);
  const scale = Math.min(1, (network.width - 2 * padX) / (spanX || 1), (network.height - 2 * padY) / (spanY || 1));
  const midX = (Math.max(...xs) + Math.min(...xs)) / 2;
  const midY = (Math.max(...ys) + Math.min(...ys)) / 2;
  return new Map(nodes.map((node) => [node.id, {
    x: network.width / 2 + ((node.x ?? 0) - midX) * scale,
    y: network.height / 2 + ((node.y ?? 0) - midY) * scale,
  }]));
}
