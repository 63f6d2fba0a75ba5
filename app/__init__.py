"""Front ends: the command line and the Streamlit chat. They render the events of agents.Assistant."""
