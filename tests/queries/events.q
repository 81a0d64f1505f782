# events: the evidence, one row per article reporting an event
events from "United States" to Iran;
events to Russia limit 5;
events from eu relation sanction, strike;
events from Iran hostile;
events to Iran friendly;
events since 2022 until 2022-03;
events from Turkey as of 2018-12-31;
events from Putin;
events from Putin at country level;
events to Turkey at country level from Russia;
events limit 3;
