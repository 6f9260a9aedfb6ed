// "How the model works": the model of MODEL.md in plain English, for the
// finance lead and the board. Static text.
import { createUniqueId } from 'solid-js';
import { LEVELS } from '../../model';
import './howItWorks.css';

export function HowItWorks() {
  const titleId = createUniqueId();
  return (
    <section class="how-it-works" aria-labelledby={titleId}>
      <h2 id={titleId}>How the model works</h2>
      <p class="how-it-works__lead">
        Upstream asks where the money for older people's health, social care and housing sits, and what happens when some of it
        moves from reactive care towards prevention while the older population grows. For modern commissioners the goal is to move
        funding and services upstream.
      </p>

      <div class="how-it-works__columns">
        <div>
          <h3>The five levels</h3>
          <ol class="how-it-works__levels">
            {LEVELS.map(({ words }, i) => (
              <li>
                <strong>{`Level ${i + 1}`}</strong> {words}
              </li>
            ))}
          </ol>
          <p>Every service sits at one level. Levels 1 to 3 are upstream; 4 and 5 are downstream.</p>

          <h3>Demand follows the population</h3>
          <p>
            Each service's usage rate is the number of people using it in the first year divided by the population of each age band.
            Demand in later years is that rate times the projected population, added up over the age bands. The baseline is this
            demand with nothing changed.
          </p>

          <h3>Costs</h3>
          <p>
            Each unit of a service (a place, an hour, an episode) costs its unit cost at base-year prices, growing each year by the
            service's cost growth. Spend is activity times unit cost.
          </p>
        </div>

        <div>
          <h3>Rebalancing</h3>
          <p>
            A rebalancing rule moves a share of one service's demand to another, such as 20% of residential care to care at home. A
            ratio turns each unit moved into units of the new service: one care home place might become 520 hours of home care. A
            rule starts in a given year and can phase in: over three years it moves a third, two thirds, then all of its share.
          </p>

          <h3>Prevention deflects demand</h3>
          <p>
            An investment buys extra activity of a preventative service: its amount a year divided by that service's unit cost. Each
            unit bought avoids some units of other services, after a lag of some years. Demand cannot be pushed below zero. Prevention
            bought counts at its own level: that is money moving upstream.
          </p>
        </div>
      </div>

      <h3>What the results mean</h3>
      <dl class="how-it-works__terms">
        <div>
          <dt>Net saving</dt>
          <dd>Baseline spend minus scenario spend, each year; added up over the years, the cumulative net saving.</dd>
        </div>
        <div>
          <dt>Net present value (NPV)</dt>
          <dd>The net savings with later years discounted, at 3.5% a year unless the scenario says otherwise: the HM Treasury Green Book rate.</dd>
        </div>
        <div>
          <dt>Payback year</dt>
          <dd>The first year, once investment starts, in which the cumulative net saving reaches zero or more.</dd>
        </div>
        <div>
          <dt>Upstream share</dt>
          <dd>The share of spend at Levels 1 to 3.</dd>
        </div>
        <div>
          <dt>Gravity</dt>
          <dd>The average level money is spent at, weighted by spend: 1 would be all citizenship, 5 all hospital and care homes. Lower is further upstream.</dd>
        </div>
        <div>
          <dt>What drives the change</dt>
          <dd>
            The waterfall splits the change in spend from the first year to the horizon into population change, unit cost growth,
            rebalancing, prevention bought and demand deflected. The steps add up exactly.
          </dd>
        </div>
        <div>
          <dt>Who pays, who saves</dt>
          <dd>
            Each partner carries its own services and the prevention it pays for. Pooled services, and prevention bought for them, are
            shared by each partner's contribution to the pool. The partners' net savings add up to the whole net saving.
          </dd>
        </div>
      </dl>

      <p class="how-it-works__small">
        Amounts are pounds at base-year prices. Years are financial years, April to March (2025/26). A budget envelope and a desired
        share of spend at each level are optional; with them the model shows the gap to each.
      </p>
    </section>
  );
}
