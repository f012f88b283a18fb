package org.unsdcf.iati;

import java.math.BigDecimal;

/** One budget or transaction value of an activity, before funding lines are formed. */
record MoneyItem(Kind kind, int year, BigDecimal amount, String currency, Place node) {
  enum Kind {
    ORIGINAL_BUDGET,
    REVISED_BUDGET,
    INCOMING_COMMITMENT,
    INCOMING_FUNDS,
    EXPENDITURE
  }
}
