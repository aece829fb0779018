import {
  docFromExport,
  generateSample,
  type NoteId,
  newId,
  type ParticipantId,
  putNote,
  type WorkshopExport,
  type WorkshopId,
} from '@chiiki/model';
import type { ServerContext } from '../context';
import { openWorkshop, uniqueJoinCode } from '../workshops/create';

/** Sample workshops with ideas on every lane, so a first start shows a populated board. */
const SAMPLES = [
  {
    districtCode: 'D01',
    theme: '見守りと声かけのある地域づくり（サンプル）',
    facilitator: '地域福祉課（サンプル）',
    notes: {
      citizen: ['朝のごみ出しのときに近所の一人暮らしの方へ声かけをする', '回覧板を手渡しにして顔を合わせる'],
      community: ['自治会で見守り当番表をつくる', '老人クラブのお茶会に子育て世代も招く'],
      city: ['相談窓口を一か所にまとめて案内する', '広報紙で見守りの事例を紹介する'],
      council: ['地区あったか会議で見守りの情報を共有する', '見守りボランティア養成講座を開く'],
    },
  },
  {
    districtCode: 'D03',
    theme: '災害時に助け合える仕組み（サンプル）',
    facilitator: '社会福祉協議会（サンプル）',
    notes: {
      citizen: ['避難所までの道を家族で歩いて確かめる'],
      community: ['要支援者の名簿を民生委員と共有する手順を決める', '防災訓練に福祉施設も参加する'],
      city: ['避難行動要支援者の個別計画づくりを進める'],
      council: ['災害ボランティアセンターの立ち上げ訓練をする'],
    },
  },
] as const;

/** Stores one past (closed) sample workshop from the model's generator: its board and attendance. */
async function storePast(ctx: ServerContext, data: WorkshopExport): Promise<void> {
  const id = data.workshop.id;
  const room = await ctx.rooms.get(id, true);
  await room.applyCommand({ commandId: `seed-${id}`, participantId: 'server', result: {} }, (doc) => {
    docFromExport(data, doc);
  });
  await ctx.meta.add({
    workshop: data.workshop,
    joinCode: uniqueJoinCode(ctx),
    createdAt: `${data.workshop.date}T04:00:00.000Z`,
    closedAt: `${data.workshop.date}T07:00:00.000Z`,
    attendance: data.attendance,
  });
}

/**
 * Fills an empty data directory with sample data (labelled サンプル) so the README's start
 * command shows a working system: past, closed workshops from the model's deterministic sample
 * generator (for exports and insights), and two open boards with ideas on every lane to join.
 */
export async function seedSamples(ctx: ServerContext): Promise<number> {
  const past = generateSample({ seed: 2024, workshops: 8, activityRows: 0 }).exports;
  for (const data of past) await storePast(ctx, data);
  for (const sample of SAMPLES) {
    const entry = await openWorkshop(ctx, {
      districtCode: sample.districtCode,
      theme: sample.theme,
      facilitator: sample.facilitator,
    });
    const room = await ctx.rooms.get(entry.workshop.id);
    const now = new Date().toISOString();
    await room.applyCommand(
      { commandId: `seed-${entry.workshop.id}`, participantId: 'server', result: {} },
      (doc) => {
        for (const [lane, texts] of Object.entries(sample.notes)) {
          (texts as readonly string[]).forEach((text, order) => {
            putNote(doc, {
              typeName: 'note',
              id: newId<NoteId>(),
              workshopId: entry.workshop.id as WorkshopId,
              lane,
              text,
              authorId: `sample${order + 1}` as ParticipantId,
              position: { order: order + 1 },
              createdAt: now,
              updatedAt: now,
            });
          });
        }
      },
    );
  }
  return past.length + SAMPLES.length;
}
