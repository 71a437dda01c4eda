package winloss.bench;

/** The fixed files of a synthetic corpus (brief, codebook, questions, actions). */
final class Fixed {
  private Fixed() {}

  static final String BRIEF = """
---
company: Synthetic Co
fiscal_year_start_month: 1
fiscal_year_named_by: end
program:
  acv_threshold: 50000
  currency: USD
  top_competitors: [Lumen, Quarry, Helix]
  win_interview_within_days: 30
  loss_interview_within_days: 14
  nudge_after_days: 7
  escalate_after_days: 14
  no_decision_sample_rate: 0.5
  win_sample_rate: 1.0
  sample_seed: 7
  min_theme_interviews: 3
  synthesis_due_days: 21
right_to_win: [integration-depth, time-to-value]
interviewers:
  - {name: Priya Shah, role: pmm-lead}
  - {name: Halden Research, role: external}
  - {name: Sam Ortiz, role: junior-pmm, reviewer: Priya Shah}
owners:
  PMM: Priya Shah
  Product: Marco Bell
  Sales: Jo Tanaka
  Sales Enablement: Dana Lee
  Demand: Ravi Kumar
voice:
  dos: [Name the number, Quote the buyer]
  donts: [Hedge, Blame the AE]
  forbidden: [world-class, synergy]
---
# Operator Brief: Synthetic Co

## 2. Ideal customer profile
Mid-market data teams on Snowflake.

## 3. Personas
Champions are data platform leads.

## 4. Right-to-Win
We connect to more sources, faster.

## 5. Competitive intel
Lumen sells on breadth; Quarry on price; Helix on governance.

## 6. Pricing and brand
Per-connector pricing.
""";

  static final String SCHEMA = """
version: 1
factors:
  integration-depth: {label: Integration depth, brief: right-to-win, keywords: [integration, connector, api, snowflake]}
  time-to-value: {label: Time to value, brief: right-to-win, keywords: [onboarding, live in, weeks]}
  price: {label: Price, brief: pricing, keywords: [price, budget, discount, cost]}
  sales-process: {label: Sales process, brief: sales-process}
  security-review: {label: Security review, brief: product}
  ease-of-use: {label: Ease of use, brief: product}
  support-quality: {label: Support quality, brief: brand}
  reference-customers: {label: Reference customers, brief: competitive}
  roadmap-confidence: {label: Roadmap confidence, brief: product}
  data-governance: {label: Data governance, brief: product}
loss_reasons: {price: Price, timing: Timing, incumbent: Incumbent, no-decision: No decision, fit: Fit, other: Other}
loss_types: {better-product: They were better, execution: We didn't execute, structural: "Structural, can't fix"}
personas: {economic-buyer: Economic buyer, champion: Champion, technical-evaluator: Technical evaluator, end-user: End user}
objections:
  migration-effort: {label: Migration effort, brief: product}
  security-review: {label: Security review, brief: product}
  budget-timing: {label: Budget timing, brief: pricing}
  vendor-risk: {label: Vendor risk, brief: competitive}
flags: {legal: Legal, security: Security, compliance: Compliance}
""";

  static final String QUESTIONS = """
---
version: 2026.1
---
## Win interview
1. At what point did you feel confident we were the right choice?
   Probe: What happened in the week before that moment?
   Signal: A concrete event, not "the demo went well".
2. What was the #1 thing that differentiated us from {competitor}?
   Probe: Why did that matter more than anything else?
   Signal: Their words, usually not a feature.
3. Was there anything we could have done better during the sales process?
   Probe: Was there a moment you nearly paused the evaluation?
   Signal: A soft "well, one thing...".
4. Who was the internal champion for this decision, and what made them advocate for us?
   Probe: What did they have to risk to back us?
   Signal: A persona-level motive.
5. What objections did you have to overcome internally to make this purchase?
   Probe: Who raised it, and how was it settled?
   Signal: An objection we never heard in the deal.
6. How will you measure the success of this purchase in 12 months?
   Probe: What number would make you renew without a second thought?
   Signal: A metric with a baseline.
7. Who else was on the buying committee and what was their role?
   Probe: Who could have said no?
   Signal: A role we never met.
8. What almost made you choose {competitor}?
   Probe: How close was it?
   Signal: A named pivot moment.
## Loss interview
1. When did you make the decision to go with {competitor}?
   Probe: What happened just before that?
   Signal: A moment earlier than we were told.
2. What ultimately made them the right choice for you?
   Probe: Would that have mattered without anything else?
   Signal: One decisive factor, real or structural.
3. What was the single biggest concern you had about going with us?
   Probe: When did that concern first come up?
   Signal: A structural objection.
4. Was price a factor, and if so, how?
   Probe: How far apart were the numbers?
   Signal: "Not really" even where the AE said price.
5. If we had done one thing differently, would the outcome have changed?
   Probe: What would that one thing have been?
   Signal: Fixable or structural.
6. How did our sales process compare to the competitor's?
   Probe: Where did theirs feel easier?
   Signal: A stage where we slipped.
7. Was there a moment when you almost chose us instead?
   Probe: What tipped it back?
   Signal: The pivot we almost won.
8. If a peer asked you about us, what would you tell them?
   Probe: Would you recommend us for a different use case?
   Signal: Post-loss positioning.
""";

  static final String ACTIONS = """
- id: A-2026Q2-1
  quarter: 2026-Q2
  theme: integration-depth
  action: Rewrite the Lumen battlecard's integration section
  function: Sales Enablement
  owner: Dana Lee
  due: 2026-08-15
  status: open
  done_on:
- id: A-2026Q1-1
  quarter: 2026-Q1
  theme: price
  action: Publish a mid-market price-to-value calculator
  function: PMM
  due: 2026-05-01
  status: done
  done_on: 2026-04-28
""";
}
