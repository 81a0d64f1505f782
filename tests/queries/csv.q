# flags: --csv
events from USA limit 3;
allies of Russia
