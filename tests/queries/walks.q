# enemies of enemies of A and the other three: two-step signed walks, marking direct ties
enemies of enemies of Iran;
friends of enemies of Iran;
enemies of friends of Iran;
friends of friends of Iran;
enemies of enemies of USA at country level limit 3;
enemies of enemies of Russia decay 1y;
friends of enemies of Russia since 2022;
