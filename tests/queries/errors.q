# Every error names the line and column, shows the line and puts a caret under the spot; the
# statements after an error still run, and the exit status is 1.
alliances of Iran;
allies Iran;
allies of;
allies of since 2019;
allies of Iran by year;
allies of "";
relations between Iran by year;
relations between Iran and Iraq by day;
events from Iran from Iraq;
events limit 0;
events limit 2 limit 3;
events since 2019 since 2020;
events relation;
events hostile friendly;
events since yesterday;
path from Iran to Iraq max 3;
path from Iran to Iraq via;
path from Iran to Iraq max 2 hops max 3 hops;
neighbours of Iran depth x;
enemies of Iran;
blocs at country;
blocs as 2019;
blocs decay soon;
blocs export csv;
blocs export graphml out;
blocs export graphml "x" limit 3;
blocs !;
events from Syira;
allies of Qwertyuiop;
events relation strik;
path from Iran to Iraq via frendly;
blocs since 2019-13;
blocs since 2020 until 2019;
blocs until 2020 as of 2019;
events decay 180d;
relations between Iran and Iraq decay 1y;
blocs decay 180x;
path from Iran to Tehran;
relations between Russia and Putin at country level;
path from Iran to Iraq max 7 hops;
neighbours of Iran depth 9;
blocs limit 1;   # still runs after all the errors above
events from "Syria
