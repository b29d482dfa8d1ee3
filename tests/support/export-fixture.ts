import type { Annotation, Conference, ScheduleEntry } from '../../lib/model/schema';
import type { ExportSource } from '../../lib/export/source';
import { annotated } from './annotated';

/** A small conference exercising every export option: hostile page text, notes with structure, untimed talks. */
export const demo: Conference = {
  id: 'sched:demo2026',
  platform: 'sched',
  event: 'demo2026',
  name: 'DemoConf Europe 2026',
  url: 'https://demo2026.sched.com/',
  timeZone: 'Europe/Amsterdam',
};

export const HOSTILE = '<img src=x onerror=alert(1)>';
const url = (id: string) => `https://demo2026.sched.com/event/${id}/talk`;
const s = (id: string, entry: Partial<ScheduleEntry>, annotation: Partial<Annotation>) =>
  annotated(demo, id, entry, annotation);

export const sessions = [
  s(
    'ebpf',
    {
      title: 'eBPF *everywhere* [live]',
      url: url('ebpf'),
      start: '2026-03-24T09:00:00Z',
      end: '2026-03-24T09:30:00Z',
      room: 'Elicium 2',
      speakers: [{ name: 'Jane_Doe' }, { name: 'Li Wei' }],
      track: 'Security',
      abstract: 'Kernels & <b>probes</b>: a *tour*.',
    },
    {
      rating: 5,
      tags: ['cool-tech', 'security'],
      note: 'Must try:\n\n- Tetragon #cool-tech\n  - with `kubectl`\n\n```yaml\nkind: Pod\n```',
    },
  ),
  s(
    'gitops',
    { title: 'GitOps at Scale', url: url('gitops'), start: '2026-03-24T08:00:00Z', end: '2026-03-24T08:30:00Z', room: 'Hall 12', track: 'Platform' },
    { starred: true, rating: 3, tags: ['platform'], note: 'Argo rollouts, **canary** by default.' },
  ),
  s(
    'late',
    { title: 'Late Keynote', url: url('late'), start: '2026-03-24T23:15:00Z', end: '2026-03-24T23:45:00Z', room: 'Hall 12', track: 'Keynote' },
    { starred: true },
  ),
  s(
    'hostile',
    {
      title: HOSTILE,
      url: 'javascript:alert(1)',
      start: '2026-03-25T09:00:00Z',
      room: '[evil](javascript:alert(1))',
      speakers: [{ name: '<b>Mallory</b>' }],
      track: '*Bold* Track',
    },
    { starred: true, rating: 4, note: 'Title was weird. #cool-tech sandboxing idea' },
  ),
  s('untimed', { title: 'No Time', url: url('untimed') }, { note: 'heard it was good' }),
  s('plain', { title: 'Not Annotated', url: url('plain'), start: '2026-03-24T10:00:00Z' }, {}),
  s(
    'tabbed',
    { title: '1. Tabs and fences', url: url('tabbed'), start: '2026-03-25T12:00:00Z', speakers: [{ name: 'Tab Person' }] },
    { rating: 2, tags: ['to-watch'], note: 'Steps:\r\n\r\n-\tone\r\n\t-\tnested\r\n\r\n```sh\r\necho unclosed' },
  ),
];

export const source: ExportSource = {
  conference: demo,
  sessions,
  days: ['2026-03-24', '2026-03-25', '2026-03-26'],
};
