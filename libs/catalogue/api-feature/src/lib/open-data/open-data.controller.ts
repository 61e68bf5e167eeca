import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@kbdm/api/core-auth';
import { ItemNotFoundException } from '@kbdm/api/core-errors';
import { LocalizedTextDto, OPEN_DATA_LICENCE, ProblemDetailsDto } from '@kbdm/api/core-http';
import type { LocalizedText } from '@kbdm/shared/domain';
import type { FastifyReply } from 'fastify';
import { type OpenDataFormat, OpenDataRegistry } from './open-data.registry';

const CONTENT_TYPES: Record<OpenDataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};
const BASE = '/api/v1/open-data';

class LicenceDto {
  @ApiProperty({ example: OPEN_DATA_LICENCE.name }) name!: string;
  @ApiProperty({ example: OPEN_DATA_LICENCE.url }) url!: string;
  @ApiProperty() attribution!: string;
}

class DatasetDto {
  @ApiProperty({ example: 'opportunities' }) name!: string;
  @ApiProperty({ type: LocalizedTextDto }) title!: LocalizedText;
  @ApiProperty({ example: 63 }) rows!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The latest change of the data' })
  dataDate!: string | null;
  @ApiProperty({ example: { csv: `${BASE}/opportunities.csv`, geojson: `${BASE}/opportunities.geojson` } })
  links!: Partial<Record<OpenDataFormat, string>>;
}

export class OpenDataIndexResponse {
  @ApiProperty({ type: LicenceDto }) licence!: typeof OPEN_DATA_LICENCE;
  @ApiProperty({ example: '/api/docs/openapi.json', description: 'The OpenAPI description of the whole API' })
  openApi!: string;
  @ApiProperty({ type: [DatasetDto] }) datasets!: DatasetDto[];
}

/**
 * Open data: every public catalogue as CSV (UTF-8 with a byte-order mark) and, where its items
 * stand on the map, GeoJSON; streamed in batches, so a large catalogue keeps memory flat.
 */
@ApiTags('open data')
@Public()
@Controller({ path: 'open-data', version: '1' })
export class OpenDataController {
  constructor(private readonly registry: OpenDataRegistry) {}

  @Get()
  @ApiOperation({ summary: 'The datasets with their rows, the date of their data, the licence and the links' })
  @ApiOkResponse({ type: OpenDataIndexResponse })
  async index(): Promise<OpenDataIndexResponse> {
    const datasets = await Promise.all(
      this.registry.list().map(async (dataset) => {
        const { rows, dataDate } = await dataset.summary();
        return {
          name: dataset.name,
          title: dataset.title,
          rows,
          dataDate: dataDate?.toISOString() ?? null,
          links: Object.fromEntries(dataset.formats.map((f) => [f, `${BASE}/${dataset.name}.${f}`])),
        };
      }),
    );
    return { licence: OPEN_DATA_LICENCE, openApi: '/api/docs/openapi.json', datasets };
  }

  @Get(':file')
  @ApiOperation({ summary: 'One dataset as `<name>.csv` or `<name>.geojson`, streamed' })
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.geojson)
  @ApiOkResponse({
    description: 'The document; `Link: <licence>; rel="license"` and `Last-Modified` say its licence and date',
  })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No such dataset or format' })
  async file(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const [, name, format] = /^([a-z0-9-]+)\.(csv|geojson)$/.exec(file) ?? [];
    const dataset = name ? this.registry.get(name) : undefined;
    if (!dataset || !dataset.formats.includes(format as OpenDataFormat)) {
      throw new ItemNotFoundException('open_data', file);
    }
    const { dataDate } = await dataset.summary();
    void reply.header('link', `<${OPEN_DATA_LICENCE.url}>; rel="license"`);
    void reply.header('cache-control', 'public, max-age=300');
    if (dataDate) void reply.header('last-modified', dataDate.toUTCString());
    const day = (dataDate ?? new Date()).toISOString().slice(0, 10);
    return new StreamableFile(dataset.document(format as OpenDataFormat, dataDate), {
      type: CONTENT_TYPES[format as OpenDataFormat],
      disposition: `attachment; filename="${name}-${day}.${format}"`,
    });
  }
}
