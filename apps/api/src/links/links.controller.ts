import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { LinkPage, renderLinkPage } from './link-page';
import { LinksService } from './links.service';

/** Pages behind the one-click links in mail; the signed token is the only credential. */
@ApiExcludeController()
@Controller('links')
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Get(':token')
  @Public()
  async view(@Param('token') token: string, @Res() res: Response): Promise<void> {
    send(res, await this.links.view(token));
  }

  @Post(':token')
  @Public()
  async acknowledge(@Param('token') token: string, @Res() res: Response): Promise<void> {
    send(res, await this.links.acknowledge(token));
  }
}

function send(res: Response, page: LinkPage): void {
  // Link pages must not be cached or leak the token onward.
  res
    .status(page.status)
    .set({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' })
    .type('html')
    .send(renderLinkPage(page));
}
