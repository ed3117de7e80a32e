"""RabbitMQ: queues as datasets, publishers and consumers as flows (docs/rabbitmq.md).

``connector.py`` (the connector), ``config.py`` (its keys), ``api.py`` (the management HTTP
API, bounded), ``reader.py`` (the broker's objects through it), ``amqp.py`` (passive declares
where the API is off), ``definitions.py`` (an export file, offline), ``schemas.py`` (declared
message shapes), ``queues.py`` (a queue's routing and retention), ``connections.py`` (a client
connection's name, TLS and login), ``build.py`` (datasets, systems and flows from what was read).
"""
