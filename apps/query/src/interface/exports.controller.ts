import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Clock } from '@ocop/common';
import type { Response } from 'express';
import { sendExport } from '../exports/export-writer';
import { exportFilename } from '../exports/filenames';
import { fairBoardTables } from '../exports/fair-board.export';
import { expiringCertificatesTable, figureRows, figuresTable } from '../exports/programme.export';
import { producerRegistryTable } from '../exports/registry.export';
import { FairViews } from '../views/fair.views';
import { ProgrammeViews } from '../views/programme.views';
import { ReadModels } from '../views/read-models.service';
import { RegistryViews } from '../views/registry.views';
import {
  ExportQuery,
  vietnamDay,
  ExpiringCertificatesExportQuery,
  FairBoardExportQuery,
  ProducerRegistryExportQuery,
} from '@ocop/contracts';

/**
 * Officers' lists and figures as XLSX or CSV files, streamed: the same data as the JSON views
 * (the gateway applies the same access rules), with headers in Vietnamese or English.
 */
@Controller()
export class ExportsController {
  constructor(
    private readonly registry: RegistryViews,
    private readonly fairs: FairViews,
    private readonly programme: ProgrammeViews,
    private readonly models: ReadModels,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return vietnamDay(this.clock.now());
  }

  @Get('producers/export')
  async producers(@Query() query: ProducerRegistryExportQuery, @Res() res: Response) {
    const rows = await this.registry.allProducers(query);
    await sendExport(res, {
      ...query,
      filename: exportFilename(
        { vi: 'danh sach chu the OCOP', en: 'producer registry' },
        query.lang,
        this.today(),
      ),
      tables: [producerRegistryTable(rows, query.lang)],
    });
  }

  @Get('fairs/:fairId/board/export')
  async fairBoard(
    @Param('fairId') fairId: string,
    @Query() query: FairBoardExportQuery,
    @Res() res: Response,
  ) {
    const records = await this.fairs.records(fairId);
    const names = await this.models.partyNames(
      [
        ...records.bookings.map((b) => b.producerId),
        ...records.meetings.map((m) => m.producerId),
        ...records.mous.flatMap((m) => m.producerIds),
        ...records.orders.map((o) => o.producerId),
      ],
      [
        ...records.meetings.map((m) => m.distributorId),
        ...records.mous.map((m) => m.distributorId),
        ...records.orders.map((o) => o.distributorId),
      ],
    );
    const tables = fairBoardTables(records, names, query.lang);
    const section = query.section ?? (query.format === 'csv' ? 'bookings' : undefined);
    await sendExport(res, {
      ...query,
      filename: exportFilename(
        { vi: 'bang tong hop', en: 'fair board' },
        query.lang,
        this.today(),
        records.fair.name,
        ...(section ? [section] : []),
      ),
      tables: section ? [tables[section]] : Object.values(tables),
    });
  }

  @Get('programme/figures/export')
  async figures(@Query() query: ExportQuery, @Res() res: Response) {
    const figures = await this.programme.figures();
    const fairs = await this.models.fairs
      .find({ _id: { $in: Object.keys(figures.mousSigned.byFair) } }, { projection: { name: 1 } })
      .toArray();
    const rows = figureRows(figures, new Map(fairs.map((f) => [f._id, f.name])), query.lang);
    await sendExport(res, {
      ...query,
      filename: exportFilename(
        { vi: 'so lieu chuong trinh OCOP', en: 'programme figures' },
        query.lang,
        this.today(),
      ),
      tables: [figuresTable(rows)],
    });
  }

  @Get('programme/expiring-certificates/export')
  async expiring(@Query() query: ExpiringCertificatesExportQuery, @Res() res: Response) {
    const rows = await this.programme.allExpiringCertificates(query);
    await sendExport(res, {
      ...query,
      filename: exportFilename(
        { vi: 'chung nhan sap het han', en: 'expiring certificates' },
        query.lang,
        this.today(),
      ),
      tables: [expiringCertificatesTable(rows, query.lang)],
    });
  }
}
